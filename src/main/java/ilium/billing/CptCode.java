package ilium.billing;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The CPT codes the clinic bills (EPISODE.md R1; AMA CPT). Untimed codes are one unit per
 * date whatever the time spent: the three evaluation levels (97161–97163, chosen from the
 * note's {@link EvaluationComplexity}) and the re-evaluation (97164). Timed codes are
 * billed in 15-minute units by {@link CmsUnitRule} or {@link CptUnitRule}.
 */
public enum CptCode {

	ULTRASOUND("97035", true),

	THERAPEUTIC_EXERCISE("97110", true),

	NEUROMUSCULAR_REEDUCATION("97112", true),

	GAIT_TRAINING("97116", true),

	MANUAL_THERAPY("97140", true),

	EVALUATION_LOW_COMPLEXITY("97161", false),

	EVALUATION_MODERATE_COMPLEXITY("97162", false),

	EVALUATION_HIGH_COMPLEXITY("97163", false),

	RE_EVALUATION("97164", false),

	THERAPEUTIC_ACTIVITIES("97530", true),

	SELF_CARE_TRAINING("97535", true);

	private final String code;

	private final boolean timed;

	CptCode(String code, boolean timed) {
		this.code = code;
		this.timed = timed;
	}

	/** The five digits, as on the claim and in the API ({@code "97110"}). */
	@JsonValue
	public String code() {
		return this.code;
	}

	/** Whether the code is billed by the minute (else one unit per date). */
	public boolean isTimed() {
		return this.timed;
	}

	/**
	 * The code with these five digits.
	 * @throws IllegalArgumentException for a code the clinic does not bill
	 */
	public static CptCode of(String code) {
		return Arrays.stream(values())
			.filter(c -> c.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("not a billed CPT code: " + code));
	}

	@Override
	public String toString() {
		return this.code;
	}

}
