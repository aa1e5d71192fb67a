package uk.safeguardcases.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoBoardsTest {

    @Test
    void theScriptSplitsAtSemicolonsOutsideQuotesAndLeavesCommentsOut() {
        assertThat(DemoBoards.statements("-- a note; with a semicolon\ninsert into t values ('a;b', 'it''s');\n\n"
                + "update t set x = 'Peidio – ŵ;' where y = 1; -- done\n"))
                .containsExactly("insert into t values ('a;b', 'it''s')", "update t set x = 'Peidio – ŵ;' where y = 1");
    }
}
