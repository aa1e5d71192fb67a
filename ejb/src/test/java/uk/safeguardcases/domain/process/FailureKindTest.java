package uk.safeguardcases.domain.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureKindTest {

    @Test
    void aMailServerThatCannotBeReachedIsSaidSo() {
        assertThat(FailureKind.of("MailConnectException: Couldn't connect to host, port: 127.0.0.1, 3125; timeout -1"))
                .isEqualTo(FailureKind.MAIL_SERVER_UNREACHABLE);
    }

    @Test
    void aRefusedAddressIsTheMailServersRefusal() {
        assertThat(FailureKind.of("SendFailedException: Invalid Addresses")).isEqualTo(FailureKind.MAIL_REFUSED);
        assertThat(FailureKind.of("SMTPAddressFailedException: 550 5.1.1 <siân@example.org>… unknown"))
                .isEqualTo(FailureKind.MAIL_REFUSED);
    }

    @Test
    void theWordsShownAreSortedAsTheRawOnesAre() {
        assertThat(FailureKind.of(FailureInWords.of("MailConnectException: Couldn't connect to host, port: x, 25")))
                .isEqualTo(FailureKind.MAIL_SERVER_UNREACHABLE);
        assertThat(FailureKind.of(FailureInWords.of("SMTPAddressFailedException: 550 5.1.1 unknown user")))
                .isEqualTo(FailureKind.MAIL_REFUSED);
    }

    @Test
    void rawSqlIsTheDatabase() {
        assertThat(FailureKind.of("ENGINE-03083 Unexpected exception while executing database operations with message"
                + " 'could not execute statement [ERROR: relation \"member_request\" does not exist]'"))
                .isEqualTo(FailureKind.DATABASE);
        assertThat(FailureKind.of("org.hibernate.exception.ConstraintViolationException: could not execute statement"))
                .isEqualTo(FailureKind.DATABASE);
    }

    @Test
    void aTimeOutAndAnythingElse() {
        assertThat(FailureKind.of("Read timed out")).isEqualTo(FailureKind.TIMED_OUT);
        assertThat(FailureKind.of("The step’s “answer” was not ready – £0 🙂")).isEqualTo(FailureKind.OTHER);
        assertThat(FailureKind.of(null)).isEqualTo(FailureKind.OTHER);
    }
}
