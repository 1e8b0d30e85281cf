package org.citizenhub.hub.ratelimit;

import com.hazelcast.nio.serialization.FieldKind;
import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.List;

/**
 * Hazelcast Compact serialisation of what crosses the cluster per request (the processor, the stored bucket,
 * the outcome): a few numbers each, no reflection and no Java serialisation, and schemas that every member of
 * one build shares.
 */
final class RateLimitSerializers {

    private RateLimitSerializers() {
    }

    static List<CompactSerializer<?>> all() {
        return List.of(new Bucket(), new Processor(), new Outcome());
    }

    /**
     * A field that a member of an earlier build did not write (one token per call before leases), read as what
     * that member meant, so members of both builds can share the buckets while a cluster is upgraded in turn.
     */
    private static int intOr(CompactReader reader, String field, int absent) {
        return reader.getFieldKind(field) == FieldKind.INT32 ? reader.readInt32(field) : absent;
    }

    static final class Bucket implements CompactSerializer<TokenBucket> {

        @Override
        public TokenBucket read(CompactReader reader) {
            return new TokenBucket(reader.readFloat64("tokens"), reader.readInt64("refilledAt"));
        }

        @Override
        public void write(CompactWriter writer, TokenBucket bucket) {
            writer.writeFloat64("tokens", bucket.tokens());
            writer.writeInt64("refilledAt", bucket.refilledAt());
        }

        @Override
        public String getTypeName() {
            return "citizenhub.TokenBucket";
        }

        @Override
        public Class<TokenBucket> getCompactClass() {
            return TokenBucket.class;
        }
    }

    static final class Processor implements CompactSerializer<TakeToken> {

        @Override
        public TakeToken read(CompactReader reader) {
            return new TakeToken(reader.readFloat64("perSecond"), reader.readInt32("burst"), reader.readInt64("now"),
                    intOr(reader, "wanted", 1));
        }

        @Override
        public void write(CompactWriter writer, TakeToken take) {
            writer.writeFloat64("perSecond", take.perSecond());
            writer.writeInt32("burst", take.burst());
            writer.writeInt64("now", take.now());
            writer.writeInt32("wanted", take.wanted());
        }

        @Override
        public String getTypeName() {
            return "citizenhub.TakeToken";
        }

        @Override
        public Class<TakeToken> getCompactClass() {
            return TakeToken.class;
        }
    }

    static final class Outcome implements CompactSerializer<TokenBucket.Take> {

        @Override
        public TokenBucket.Take read(CompactReader reader) {
            TokenBucket bucket = new TokenBucket(reader.readFloat64("tokens"), reader.readInt64("refilledAt"));
            RateDecision decision = new RateDecision(reader.readBoolean("allowed"), reader.readInt32("remaining"),
                    reader.readInt64("retryAfterSeconds"));
            return new TokenBucket.Take(bucket, decision, reader.readInt64("nanosToNextToken"),
                    intOr(reader, "taken", decision.allowed() ? 1 : 0));
        }

        @Override
        public void write(CompactWriter writer, TokenBucket.Take take) {
            writer.writeFloat64("tokens", take.bucket().tokens());
            writer.writeInt64("refilledAt", take.bucket().refilledAt());
            writer.writeBoolean("allowed", take.decision().allowed());
            writer.writeInt32("remaining", take.decision().remaining());
            writer.writeInt64("retryAfterSeconds", take.decision().retryAfterSeconds());
            writer.writeInt64("nanosToNextToken", take.nanosToNextToken());
            writer.writeInt32("taken", take.taken());
        }

        @Override
        public String getTypeName() {
            return "citizenhub.TokenBucketTake";
        }

        @Override
        public Class<TokenBucket.Take> getCompactClass() {
            return TokenBucket.Take.class;
        }
    }
}
