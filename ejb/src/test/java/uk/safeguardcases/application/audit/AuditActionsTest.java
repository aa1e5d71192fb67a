package uk.safeguardcases.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineAction;
import uk.safeguardcases.domain.audit.Visibility;

/** The kinds of timeline entry: the product's own and a process's own, found again by the label entries keep. */
class AuditActionsTest {

    /** A process's own kinds, declared in its own package as the public concerns process will. */
    enum ConcernAction implements TimelineAction {
        PUBLIC_CONCERN_RECEIVED("Public concern received", Visibility.BOARD_ONLY),
        PUBLIC_CONCERN_NOTE("Public concern note", null);

        private final String label;
        private final Visibility visibility;

        ConcernAction(String label, Visibility visibility) {
            this.label = label;
            this.visibility = visibility;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Visibility visibility() {
            return visibility;
        }
    }

    private static AuditActions with(TimelineActions... processes) {
        AuditActions actions = new AuditActions();
        actions.collect(List.of(processes));
        return actions;
    }

    @Test
    void everyLabelTheProductRecordsIsReadBackAsTheKindThatRecordedIt() {
        AuditActions actions = with();
        for (AuditAction action : AuditAction.values()) {
            assertThat(actions.byLabel(action.label())).as(action.name()).isEqualTo(AuditAction.byLabel(action.label()));
        }
        assertThat(actions.byLabel("Evidence captured")).contains(AuditAction.EVIDENCE_CAPTURED);
        assertThat(actions.byLabel("Something no longer recorded")).isEmpty();
        assertThat(actions.byLabel(null)).isEmpty();
    }

    @Test
    void aProcessAddsItsOwnKindsWithoutTouchingTheProductsEnum() {
        AuditActions actions = with(() -> List.of(ConcernAction.values()));
        assertThat(actions.byLabel("Public concern received")).contains(ConcernAction.PUBLIC_CONCERN_RECEIVED);
        assertThat(actions.byLabel("Case closed")).contains(AuditAction.CASE_CLOSED);
        assertThat(actions.all()).hasSize(AuditAction.values().length - 1 + ConcernAction.values().length);
        assertThat(ConcernAction.PUBLIC_CONCERN_NOTE.officersChoice()).isTrue();
        assertThat(ConcernAction.PUBLIC_CONCERN_NOTE.visibilityOfNote(true)).isEqualTo(Visibility.BOARD_ONLY);
        assertThat(ConcernAction.PUBLIC_CONCERN_NOTE.visibilityOfNote(false)).isEqualTo(Visibility.SHARED_WITH_HR);
        assertThatThrownBy(() -> ConcernAction.PUBLIC_CONCERN_RECEIVED.visibilityOfNote(true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aProcessCannotTakeALabelAnotherKindHas() {
        enum Clash implements TimelineAction {
            CLOSED;

            @Override
            public String label() {
                return "Case closed";
            }

            @Override
            public Visibility visibility() {
                return Visibility.BOARD_ONLY;
            }
        }
        assertThatThrownBy(() -> with(() -> List.of(Clash.values()))).hasMessageContaining("\"Case closed\"")
                .hasMessageContaining("AuditAction.CASE_CLOSED");
        assertThatCode(() -> with(() -> List.of(ConcernAction.values()), () -> List.of(ConcernAction.values())))
                .as("the same kinds registered twice are the same kinds").doesNotThrowAnyException();
    }
}
