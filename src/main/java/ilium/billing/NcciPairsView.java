package ilium.billing;

import java.util.List;

/** The NCCI pair table as the API shows it, pairs by their codes. */
record NcciPairsView(List<NcciPair> pairs) {
}
