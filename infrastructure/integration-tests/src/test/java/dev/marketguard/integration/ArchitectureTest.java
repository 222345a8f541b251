package dev.marketguard.integration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN.md section 1: handlers -> aws-adapters -> core; posting-screening -> screening-engine -> core.
 * The domain and the engine never see AWS types, so they test fast with in-memory fakes.
 */
@AnalyzeClasses(packages = "dev.marketguard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreAndEngineImportNoAws = noClasses()
            .that().resideInAnyPackage("dev.marketguard.core..", "dev.marketguard.screening..")
            .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "com.amazonaws..");

    @ArchTest
    static final ArchRule coreAndEngineKnowNoAdaptersOrHandlers = noClasses()
            .that().resideInAnyPackage("dev.marketguard.core..", "dev.marketguard.screening..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.marketguard.aws..", "dev.marketguard.functions..",
                    "dev.marketguard.local..");

    @ArchTest
    static final ArchRule coreKnowsNoEngine = noClasses()
            .that().resideInAPackage("dev.marketguard.core..")
            .should().dependOnClassesThat().resideInAPackage("dev.marketguard.screening..");

    @ArchTest
    static final ArchRule adaptersKnowNoHandlers = noClasses()
            .that().resideInAPackage("dev.marketguard.aws..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.marketguard.functions..", "dev.marketguard.local..");
}
