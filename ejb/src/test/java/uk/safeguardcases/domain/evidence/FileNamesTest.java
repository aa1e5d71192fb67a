package uk.safeguardcases.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void anyPathIsStrippedLeavingTheBareName() {
        assertThat(FileNames.withoutPath("screenshot.png")).isEqualTo("screenshot.png");
        assertThat(FileNames.withoutPath("/home/olivia/Pictures/screenshot.png")).isEqualTo("screenshot.png");
        assertThat(FileNames.withoutPath("C:\\Users\\olivia\\Desktop\\post 1.jpg")).isEqualTo("post 1.jpg");
        assertThat(FileNames.withoutPath("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.withoutPath("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
        assertThat(FileNames.withoutPath("a/b\\c/d.pdf")).isEqualTo("d.pdf");
    }

    @Test
    void controlCharactersAndSurroundingSpaceAreRemoved() {
        assertThat(FileNames.withoutPath("  post\u0000\n.png  ")).isEqualTo("post.png");
        assertThat(FileNames.withoutPath("Llun-ôl.png")).isEqualTo("Llun-ôl.png");
    }

    @Test
    void nothingLeftIsNoName() {
        assertThat(FileNames.withoutPath(null)).isEmpty();
        assertThat(FileNames.withoutPath("")).isEmpty();
        assertThat(FileNames.withoutPath("/tmp/")).isEmpty();
        assertThat(FileNames.withoutPath("..")).isEmpty();
        assertThat(FileNames.withoutPath("a/.")).isEmpty();
        assertThat(FileNames.withoutPath("   ")).isEmpty();
    }
}
