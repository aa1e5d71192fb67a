package uk.safeguardcases.application.cases;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineKindsCheckTest {

    @Test
    void twoProcessesNamingOneKindStopTheStartAndDifferentNamesPass() {
        CaseDeadlines first = new Bringing(DeadlineKind.contributed("DESIGNATED_PERSON", "Designated person told"));
        CaseDeadlines other = new Bringing(DeadlineKind.contributed("SEARCH_REVIEW", "Search reviewed"));
        CaseDeadlines clash = new Bringing(DeadlineKind.contributed("DESIGNATED_PERSON", "Rhywun dynodedig – “told”"));
        assertThatCode(() -> DeadlineKindsCheck.check(List.of(first, other))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DeadlineKindsCheck.check(List.of(first, other, clash)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DESIGNATED_PERSON");
    }

    private record Bringing(DeadlineKind kind) implements CaseDeadlines {
        @Override
        public List<DeadlineKind> kinds() {
            return List.of(kind);
        }

        @Override
        public List<Running> running(Collection<Long> caseIds) {
            return List.of();
        }

        @Override
        public List<Running> dueBefore(Instant before, int most) {
            return List.of();
        }
    }
}
