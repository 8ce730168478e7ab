package ilium.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The handout's dose reads as a person would write it: "1 set", never "1 sets". */
class WordsTests {

	@Test
	void countsWithTheNounInTheRightNumber() {
		assertThat(Words.CLINIC.count(1, "set", "sets")).isEqualTo("1 set");
		assertThat(Words.CLINIC.count(3, "set", "sets")).isEqualTo("3 sets");
		assertThat(Words.CLINIC.count(0, "second", "seconds")).isEqualTo("0 seconds");
		assertThat(Words.CLINIC.count(null, "set", "sets")).isEqualTo("—");
	}

}
