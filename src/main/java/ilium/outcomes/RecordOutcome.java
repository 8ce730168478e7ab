package ilium.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ilium.shared.ClinicException;

/**
 * Records one outcome measure of a patient: the body of {@code POST
 * /api/v1/patients/{id}/outcomes}, one variant per instrument, told apart by
 * {@code instrument}. Each variant scores itself exactly as DOMAIN.md says.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "instrument")
@JsonSubTypes({ @JsonSubTypes.Type(value = RecordOutcome.Nprs.class, name = "NPRS"),
		@JsonSubTypes.Type(value = RecordOutcome.Odi.class, name = "ODI"),
		@JsonSubTypes.Type(value = RecordOutcome.Psfs.class, name = "PSFS"),
		@JsonSubTypes.Type(value = RecordOutcome.Rmdq.class, name = "RMDQ") })
@Schema(name = "RecordOutcome",
		oneOf = {
				RecordOutcome.Nprs.class, RecordOutcome.Odi.class, RecordOutcome.Psfs.class, RecordOutcome.Rmdq.class },
		discriminatorProperty = "instrument",
		discriminatorMapping = { @DiscriminatorMapping(value = "NPRS", schema = RecordOutcome.Nprs.class),
				@DiscriminatorMapping(value = "ODI", schema = RecordOutcome.Odi.class),
				@DiscriminatorMapping(value = "PSFS", schema = RecordOutcome.Psfs.class),
				@DiscriminatorMapping(value = "RMDQ", schema = RecordOutcome.Rmdq.class) })
public sealed interface RecordOutcome {

	/** The calendar day the patient answered. */
	LocalDate takenOn();

	/** The treatment plan the measure belongs to, if any. */
	@Nullable UUID treatmentPlanId();

	/** The instrument answered. */
	Instrument instrument();

	/** The score (and for the ODI its band), computed from the answers. */
	Scored scored();

	/** A score and, for the ODI only, its disability band. */
	record Scored(BigDecimal score, @Nullable OdiBand interpretation) {
	}

	/** NPRS: the pain now, 0 (none) to 10 (worst imaginable); the score is the answer. */
	@Schema(name = "RecordNprs")
	record Nprs(@NotNull LocalDate takenOn, @Nullable UUID treatmentPlanId,
			@JsonDeserialize(using = StrictAnswers.WholeNumber.class) @NotNull @Min(0) @Max(10) Integer score)
			implements
				RecordOutcome {

		@Override
		public Instrument instrument() {
			return Instrument.NPRS;
		}

		@Override
		public Scored scored() {
			return new Scored(BigDecimal.valueOf(score), null);
		}

	}

	/**
	 * ODI v2.1a: the ten section scores (0..5, null when unanswered), never the
	 * questionnaire's text. Score = sum ÷ (5 × answered) × 100, one decimal half up, at
	 * least 8 sections answered (DOMAIN.md; Fairbank &amp; Pynsent 2000).
	 */
	@Schema(name = "RecordOdi")
	record Odi(@NotNull LocalDate takenOn, @Nullable UUID treatmentPlanId,
			@JsonDeserialize(contentUsing = StrictAnswers.WholeNumber.class) @NotNull @Size(min = 10,
					max = 10) List<@Nullable @Min(0) @Max(5) Integer> answers)
			implements
				RecordOutcome {

		/** Fewer answered sections make the index meaningless (DOMAIN.md). */
		static final int LEAST_ANSWERED = 8;

		@Override
		public Instrument instrument() {
			return Instrument.ODI;
		}

		@Override
		public Scored scored() {
			List<Integer> answered = answers.stream().filter(Objects::nonNull).toList();
			if (answered.size() < LEAST_ANSWERED) {
				throw ClinicException.badRequest("answers", "at least 8 of the 10 sections must be answered");
			}
			int sum = answered.stream().mapToInt(Integer::intValue).sum();
			BigDecimal score = BigDecimal.valueOf(sum * 100L)
				.divide(BigDecimal.valueOf(5L * answered.size()), 1, RoundingMode.HALF_UP);
			return new Scored(score, OdiBand.of(score));
		}

	}

	/**
	 * PSFS: 1 to 5 activities, each 0..10; the score is their mean, two decimals half up.
	 */
	@Schema(name = "RecordPsfs")
	record Psfs(@NotNull LocalDate takenOn, @Nullable UUID treatmentPlanId,
			@NotNull @Size(min = 1, max = 5) List<@NotNull @Valid PsfsActivity> activities) implements RecordOutcome {

		@Override
		public Instrument instrument() {
			return Instrument.PSFS;
		}

		@Override
		public Scored scored() {
			return new Scored(PsfsComparison.mean(activities), null);
		}

	}

	/**
	 * RMDQ: the 24 yes/no statements; the score is how many are yes (Roland &amp; Morris
	 * 1983).
	 */
	@Schema(name = "RecordRmdq")
	record Rmdq(@NotNull LocalDate takenOn, @Nullable UUID treatmentPlanId,
			@JsonDeserialize(contentUsing = StrictAnswers.YesNo.class) @NotNull @Size(min = 24,
					max = 24) List<@NotNull Boolean> answers)
			implements
				RecordOutcome {

		@Override
		public Instrument instrument() {
			return Instrument.RMDQ;
		}

		@Override
		public Scored scored() {
			return new Scored(BigDecimal.valueOf(answers.stream().filter(Boolean::booleanValue).count()), null);
		}

	}

}
