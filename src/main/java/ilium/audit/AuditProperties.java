package ilium.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@link ReadAuditWriter} groups the lines of reads.
 *
 * @param queueCapacity lines that may wait for the writer; a read that finds the queue
 * full answers 503 rather than go unaudited
 * @param maxBatch the most lines one INSERT writes
 * @param batchWindow how long the writer, once it holds a line, waits for more before it
 * writes them (lines that arrive while a batch is being written always wait for the next)
 * @param durableWithin how long a read waits for its line to be durable before it answers
 * 503
 */
@ConfigurationProperties("ilium.audit")
public record AuditProperties(@DefaultValue("10000") int queueCapacity, @DefaultValue("500") int maxBatch,
		@DefaultValue("2ms") Duration batchWindow, @DefaultValue("2s") Duration durableWithin) {

}
