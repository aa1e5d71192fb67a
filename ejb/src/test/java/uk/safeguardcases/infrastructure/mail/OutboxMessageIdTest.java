package uk.safeguardcases.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OutboxMessageIdTest {

    @Test
    void everyAttemptAtAMessageCarriesTheSameMessageIdSoTheSecondCopyCanBeDropped() throws Exception {
        Session session = Session.getInstance(new Properties());
        OutboxMessageId first = new OutboxMessageId(session, "chscb", 42, "https://cases.chscb.example");
        first.setText("Dŵr “tŷ”", "UTF-8");
        first.saveChanges();
        OutboxMessageId again = new OutboxMessageId(session, "chscb", 42, "https://cases.chscb.example");
        again.setText("Dŵr “tŷ”", "UTF-8");
        again.saveChanges();

        assertThat(first.getMessageID()).isEqualTo("<outbox-chscb-42@cases.chscb.example>")
                .isEqualTo(again.getMessageID());
        assertThat(new OutboxMessageId(session, "nscb", 42, "https://cases.chscb.example").getMessageID())
                .as("not set until saved").isNull();
    }
}
