package dev.marketguard.functions.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {
    @ParameterizedTest(name = "{0} -> html {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | false",
            "'' | false",
            "*/* | false",
            "application/json | false",
            "text/html | true",
            "TEXT/HTML; charset=utf-8 | true",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true",
            "application/json, text/html;q=0.5 | false",
            "text/html;q=0.9, application/json | false",
            "text/*, application/json;q=0.2 | true",
            "text/html;q=0 | false",
            "text/html;q=abc | false",
    })
    void prefersHtmlOnlyWhenTheClientDoes(String accept, boolean html) {
        assertThat(AcceptHeader.prefersHtml(accept)).isEqualTo(html);
    }
}
