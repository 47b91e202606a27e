package com.voiceorder.customers.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerCommandTest {

    @ParameterizedTest(name = "\"{0}\" → first \"{1}\", last \"{2}\"")
    @CsvSource(value = {
            "Mohamed Benali, Mohamed, Benali",
            "'  Jean   de La Fontaine ', Jean, de La Fontaine",
            "Claire, Claire, NULL",
            "'   ', NULL, NULL",
            "NULL, NULL, NULL"}, nullValues = "NULL")
    void a_full_name_splits_into_first_name_and_the_rest(String fullName, String firstName, String lastName) {
        CustomerCommand command = CustomerCommand.ofPhoneAndName("+33612345678", fullName);

        assertThat(command.phone()).isEqualTo("+33612345678");
        assertThat(command.firstName()).isEqualTo(firstName);
        assertThat(command.lastName()).isEqualTo(lastName);
    }
}
