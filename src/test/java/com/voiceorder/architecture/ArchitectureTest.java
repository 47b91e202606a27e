package com.voiceorder.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md §3 dependency rules, held by the build. */
class ArchitectureTest {

    private static final String ROOT = "com.voiceorder";
    private static final String[] BUSINESS = {
        ROOT + ".restaurant..", ROOT + ".menu..", ROOT + ".ordering..", ROOT + ".reservations..",
        ROOT + ".availability..", ROOT + ".delivery..", ROOT + ".customers..", ROOT + ".calls..",
        ROOT + ".sync..", ROOT + ".dashboard..", ROOT + ".base..", ROOT + ".twilio.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domain_depends_on_no_outer_layer_nor_on_vaadin_or_jaxrs() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..application..", "..infrastructure..", "..api..", "..ui..",
                        "com.vaadin..", "jakarta.ws.rs..")
                .check(classes);
    }

    @Test
    void ui_and_api_never_touch_repositories_or_the_entity_manager() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void telephony_is_plain_java_without_business_words() {
        noClasses().that().resideInAPackage(ROOT + ".telephony..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "com.vaadin..")
                .orShould().dependOnClassesThat().resideInAnyPackage(BUSINESS)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".voice..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void voice_imports_no_business_package_nor_telephony() {
        noClasses().that().resideInAPackage(ROOT + ".voice..")
                .should().dependOnClassesThat().resideInAnyPackage(BUSINESS)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".telephony..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void voice_is_plain_java_apart_from_the_websocket_client_api() {
        noClasses().that().resideInAPackage(ROOT + ".voice..")
                .should().dependOnClassesThat(resideInAPackage("jakarta..")
                        .and(not(resideInAPackage("jakarta.websocket.."))))
                .orShould().dependOnClassesThat().resideInAnyPackage("com.vaadin..", ROOT + ".shared..")
                .check(classes);
    }

    @Test
    void twilio_is_a_telephony_entry_without_business_words() {
        noClasses().that().resideInAPackage(ROOT + ".twilio..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        ROOT + ".restaurant..", ROOT + ".menu..", ROOT + ".ordering..", ROOT + ".reservations..",
                        ROOT + ".availability..", ROOT + ".delivery..", ROOT + ".customers..", ROOT + ".calls..",
                        ROOT + ".sync..", ROOT + ".dashboard..", ROOT + ".base..", ROOT + ".voice..",
                        "com.vaadin..")
                .check(classes);
    }

    @Test
    void only_calls_wires_telephony_and_voice_to_the_business() {
        classes().that().resideInAnyPackage(ROOT + ".telephony..", ROOT + ".voice..")
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(
                        ROOT + ".telephony..", ROOT + ".voice..", ROOT + ".calls..", ROOT + ".twilio..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void ordering_and_reservations_never_depend_on_their_observers() {
        noClasses().that().resideInAnyPackage(ROOT + ".ordering..", ROOT + ".reservations..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".sync..", ROOT + ".dashboard..")
                .check(classes);
    }

    @Test
    void business_packages_never_depend_on_the_base_shell() {
        noClasses().that().resideInAnyPackage(
                        ROOT + ".restaurant..", ROOT + ".menu..", ROOT + ".ordering..", ROOT + ".reservations..",
                        ROOT + ".availability..", ROOT + ".delivery..", ROOT + ".customers..", ROOT + ".shared..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".base..")
                .check(classes);
    }

    @Test
    void every_persistent_instant_goes_through_the_utc_converter() {
        // EclipseLink 4.0 has no Instant mapping: without the converter it writes a serialized blob.
        fields().that().haveRawType(java.time.Instant.class)
                .and().areDeclaredInClassesThat(annotatedWith(jakarta.persistence.Entity.class)
                        .or(annotatedWith(jakarta.persistence.Embeddable.class)))
                .and().areNotStatic()
                .should().beAnnotatedWith(jakarta.persistence.Convert.class)
                .check(classes);
    }

    @Test
    void top_level_packages_have_no_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
