package uk.safeguardcases.application.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseReferencesTest {

    @Test
    void theNumberHasAtLeastFourDigits() {
        assertThat(CaseReferences.format("CHSCB", 2026, 1)).isEqualTo("CHSCB-2026-0001");
        assertThat(CaseReferences.format("CHSCB", 2026, 42)).isEqualTo("CHSCB-2026-0042");
        assertThat(CaseReferences.format("CWMTAF", 2027, 999)).isEqualTo("CWMTAF-2027-0999");
        assertThat(CaseReferences.format("NSCB", 2026, 9999)).isEqualTo("NSCB-2026-9999");
        assertThat(CaseReferences.format("NSCB", 2026, 10000)).isEqualTo("NSCB-2026-10000");
        assertThat(CaseReferences.format("LSCB", 2030, 123456)).isEqualTo("LSCB-2030-123456");
    }
}
