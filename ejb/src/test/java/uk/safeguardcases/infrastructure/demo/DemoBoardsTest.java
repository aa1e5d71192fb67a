package uk.safeguardcases.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoBoardsTest {

    @Test
    void theScriptSplitsAtSemicolonsOutsideQuotesAndLeavesCommentsOut() {
        assertThat(DemoBoards.statements("-- a note; with a semicolon\ninsert into t values ('a;b', 'it''s');\n\n"
                + "update t set x = 'Peidio – ŵ;' where y = 1; -- done\n"))
                .containsExactly("insert into t values ('a;b', 'it''s')", "update t set x = 'Peidio – ŵ;' where y = 1");
    }

    @Test
    void demoPeopleGoOnTheFourDemoBoardsOnlyNeverOnABoardAnOperatorOrADataSetMade() {
        assertThat(DemoData.demoBoardsAmong(List.of("chscb", "b-4f2a9c", "national-017", "cwmtaf", "lscb", "nscb")))
                .containsExactly("chscb", "cwmtaf", "lscb", "nscb");
        assertThat(DemoData.demoBoardsAmong(List.of("gwynedd-ŵ", "b-new"))).isEmpty();
    }
}
