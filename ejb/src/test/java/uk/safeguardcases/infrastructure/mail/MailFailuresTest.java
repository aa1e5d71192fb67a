package uk.safeguardcases.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class MailFailuresTest {

    @Test
    void anAddressTheServerRefusedIsNotTriedAgain() throws AddressException {
        Address[] refused = {new InternetAddress("nobody@example.org")};
        assertThat(MailFailures.addressRefused(new SendFailedException("550 no such user", null, new Address[0],
                new Address[0], refused))).isTrue();
        assertThat(MailFailures.addressRefused(new MessagingException("wrapped",
                new SendFailedException("550", null, null, null, refused)))).isTrue();
    }

    @Test
    void somethingThatIsNotAnAddressIsNotTriedAgain() {
        assertThat(MailFailures.addressRefused(new AddressException("Missing final '@domain'", "member"))).isTrue();
    }

    @Test
    void aServerThatIsDownOrASendThatFailedForAllIsTriedAgain() {
        assertThat(MailFailures.addressRefused(new MessagingException("Couldn't connect to host",
                new ConnectException("Connection refused")))).isFalse();
        assertThat(MailFailures.addressRefused(new SendFailedException("451 try again later"))).isFalse();
        assertThat(MailFailures.addressRefused(new IllegalStateException("no session"))).isFalse();
    }

    @Test
    void aServerThatCannotBeReachedStopsTheRoundAMessageThatFailedAloneDoesNot() {
        assertThat(MailFailures.serverUnreachable(new MessagingException("Couldn't connect to host, port: localhost, 25",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(MailFailures.serverUnreachable(new MessagingException("Unknown SMTP host: mail.example.invalid",
                new java.net.UnknownHostException("mail.example.invalid")))).isTrue();
        assertThat(MailFailures.serverUnreachable(new MessagingException("Exception reading response",
                new java.net.SocketTimeoutException("Read timed out")))).isTrue();
        assertThat(MailFailures.serverUnreachable(new SendFailedException("451 try again later"))).isFalse();
        assertThat(MailFailures.serverUnreachable(new AddressException("Missing final '@domain'", "member"))).isFalse();
        assertThat(MailFailures.serverUnreachable(new IllegalStateException("no session"))).isFalse();
    }
}
