package com.voiceorder.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** DESIGN.md §3/§4 rules for the telephony core. */
class TelephonyArchitectureTest {

    // imported from the compiled folder: scanning the whole class path (Vaadin, Selenium…) takes seconds
    private final JavaClasses telephony = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of(SipEndpointLocation.CLASSES, "com", "voiceorder", "telephony"));

    private static final class SipEndpointLocation {
        static final String CLASSES = locate();

        private static String locate() {
            try {
                return Path.of(com.voiceorder.telephony.sip.SipEndpoint.class.getProtectionDomain().getCodeSource()
                        .getLocation().toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void telephony_is_plain_java_without_business_imports() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta..", "com.vaadin..")
                .check(telephony);
        noClasses().should().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("other VoiceOrder packages",
                                (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("com.voiceorder")
                                        && !c.getPackageName().startsWith("com.voiceorder.telephony")
                                        && !c.getPackageName().equals("com.voiceorder.shared.domain")))
                .check(telephony);
    }

    @Test
    void threads_come_only_from_the_thread_factory_passed_in() throws Exception {
        noClasses().should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().callMethod(Executors.class, "defaultThreadFactory")
                .orShould().callMethod(Executors.class, "newCachedThreadPool")
                .orShould().callMethod(Executors.class, "newFixedThreadPool", int.class)
                .orShould().callMethod(Executors.class, "newSingleThreadExecutor")
                .orShould().callMethod(Executors.class, "newScheduledThreadPool", int.class)
                .check(telephony);
    }
}
