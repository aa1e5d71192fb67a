package uk.safeguardcases.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.access.SubjectAccessNotices;
import uk.safeguardcases.application.declaration.DeclarationNotices;
import uk.safeguardcases.application.official.AccreditationNotices;
import uk.safeguardcases.domain.access.SubjectAccessNotice;
import uk.safeguardcases.domain.declaration.DeclarationNotice;
import uk.safeguardcases.domain.notification.Notice;
import uk.safeguardcases.domain.notification.NoticeKind;
import uk.safeguardcases.domain.official.AccreditationNotice;

/** The kinds of e-mail: the product's own and each process's, read back by the name the outbox keeps. */
class KnownNoticesTest {

    private static KnownNotices with(NoticeKinds... processes) {
        KnownNotices notices = new KnownNotices();
        notices.collect(List.of(processes));
        return notices;
    }

    @Test
    void aMessageIsReadBackAsTheKindOfItsProcess() {
        KnownNotices notices = with(new AccreditationNotices());
        assertThat(notices.byName("ACCREDITATION_EXPIRING")).isEqualTo(AccreditationNotice.ACCREDITATION_EXPIRING);
        assertThat(notices.byName("ACCREDITATION_EXPIRED").audience()).isEqualTo(Notice.Audience.PERSON);
        assertThat(notices.byName("MAIL_UNDELIVERABLE")).isEqualTo(Notice.MAIL_UNDELIVERABLE);
        assertThat(notices.all()).hasSize(Notice.values().length + AccreditationNotice.values().length);
        assertThatThrownBy(() -> with().byName("ACCREDITATION_EXPIRING")).as("its process not registered")
                .hasMessageContaining("ACCREDITATION_EXPIRING");
    }

    @Test
    void aMessageKeptBeforeItsKindMovedToItsProcessIsReadBackAsThatProcesssKind() {
        KnownNotices notices = with(new AccreditationNotices(), new DeclarationNotices(), new SubjectAccessNotices());
        assertThat(notices.byName("DECLARATION_ASKED")).isEqualTo(DeclarationNotice.DECLARATION_ASKED);
        assertThat(notices.byName("DECLARATION_OVERDUE").audience()).isEqualTo(Notice.Audience.MANAGER);
        assertThat(notices.byName("POLICY_REVIEW_DUE").audience()).isEqualTo(Notice.Audience.PERSON);
        assertThat(notices.byName("SUBJECT_ACCESS_OVERDUE")).isEqualTo(SubjectAccessNotice.SUBJECT_ACCESS_OVERDUE);
        assertThat(notices.byName("SUBJECT_ACCESS_DUE_SOON").audience()).isEqualTo(Notice.Audience.OFFICER);
        assertThat(notices.all()).hasSize(Notice.values().length + AccreditationNotice.values().length
                + DeclarationNotice.values().length + SubjectAccessNotice.values().length);
    }

    @Test
    void aProcessCannotTakeANameAnotherKindHas() {
        enum Clash implements NoticeKind {
            PASSWORD_RESET;

            @Override
            public Notice.Audience audience() {
                return Notice.Audience.PERSON;
            }
        }
        assertThatThrownBy(() -> with(() -> List.of(Clash.values()))).hasMessageContaining("PASSWORD_RESET");
    }
}
