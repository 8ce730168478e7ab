package ilium.treatment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ilium.shared.ClinicException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DiagnosisCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "M53.3", "M46.1", "M53.2X8", "S33.6XXA", "M54", "M1A.0", "Z99.89" })
	void acceptsIcd10CmCodes(String code) {
		assertThat(DiagnosisCode.of(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "m53.3", " M53.3 " })
	void acceptsLowerCaseAndSpacesAsWritten(String code) {
		assertThat(DiagnosisCode.of(code).value()).isEqualTo("M53.3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "M5", "533.3", "M53.", "M53.33333", "U07.1", "M533", "M53-3", "MM3.3", "S33.6XXA1" })
	void refusesAnythingElse(String code) {
		assertThatExceptionOfType(ClinicException.class).isThrownBy(() -> DiagnosisCode.of(code));
	}

}
