package ilium.assessment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded SI joint evaluation with its computed Laslett cluster.
 */
public record EvaluationView(UUID id, UUID patientId, @Nullable UUID appointmentId, Instant recordedAt, UUID recordedBy,
		ProvocationTests provocationTests, LaslettCluster cluster, Aslr.@Nullable AslrView aslr,
		@Nullable Boolean aslrEasierWithCompression, @Nullable JointMobility jointMobility, @Nullable PainSide painSide,
		@Nullable Integer nprs, @Nullable String findings) {

	/**
	 * DOMAIN.md: the joint is too loose when hypermobile or when ASLR is easier with
	 * compression.
	 */
	public boolean showsHypermobility() {
		return jointMobility == JointMobility.HYPERMOBILE || Boolean.TRUE.equals(aslrEasierWithCompression);
	}

}
