package dev.marketguard.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain stays plain Java: no AWS SDK, no Lambda types, so it tests fast with fakes. */
@AnalyzeClasses(packages = "dev.marketguard.core", importOptions = ImportOption.DoNotIncludeTests.class)
class NoAwsInCoreTest {
    @ArchTest
    static final ArchRule coreImportsNoAws = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("software.amazon..", "com.amazonaws..");
}
