package org.citizenhub.bench.engines;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.citizenhub.core.match.BatchResolver;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.core.record.SourceRecord;

/**
 * A {@link RecordMatcher} as the incremental benchmark drives it, using what the engine offers beyond
 * the interface when it offers it (found by reflection, so the bench builds whatever the engine's shape):
 * a model trained by the batch first load ({@code resolveDetailed(List).model()} passed to the matcher's
 * one-argument constructor), and records prepared once when stored ({@code prepare(SourceRecord)} with a
 * {@code compare(P, P)} over its result), as a store holding prepared records would.
 */
public final class IncrementalMatcher {

    private final RecordMatcher matcher;
    private final MethodHandle prepare;
    private final MethodHandle comparePrepared;
    private final String description;

    private IncrementalMatcher(RecordMatcher matcher, String trainedBy) {
        this.matcher = matcher;
        MethodHandle p = null;
        MethodHandle c = null;
        try {
            Method prepareMethod = matcher.getClass().getMethod("prepare", SourceRecord.class);
            Class<?> prepared = prepareMethod.getReturnType();
            Method compareMethod = matcher.getClass().getMethod("compare", prepared, prepared);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            p = lookup.unreflect(prepareMethod).bindTo(matcher).asType(MethodType.methodType(Object.class, SourceRecord.class));
            c = lookup.unreflect(compareMethod).bindTo(matcher)
                    .asType(MethodType.methodType(MatchResult.class, Object.class, Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            // the plain RecordMatcher interface it is
        }
        this.prepare = p;
        this.comparePrepared = c;
        this.description = matcher.getClass().getName() + (trainedBy == null ? "" : ", model trained by " + trainedBy)
                + (p != null ? ", records prepared when stored" : "");
    }

    /** The matcher as it is. */
    public static IncrementalMatcher plain(RecordMatcher matcher) {
        return new IncrementalMatcher(matcher, null);
    }

    /**
     * The matcher class built on the model the batch resolver trains on {@code store}, when both have the
     * shape for it; otherwise {@code fallback} as it is.
     */
    public static IncrementalMatcher trained(Class<? extends RecordMatcher> matcherClass, BatchResolver batch,
            List<SourceRecord> store, RecordMatcher fallback) {
        try {
            Method detailed = batch.getClass().getMethod("resolveDetailed", List.class);
            Object result = detailed.invoke(batch, store);
            Object model = result.getClass().getMethod("model").invoke(result);
            for (var constructor : matcherClass.getConstructors()) {
                if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0].isInstance(model)) {
                    return new IncrementalMatcher((RecordMatcher) constructor.newInstance(model),
                            batch.getClass().getSimpleName() + ".resolveDetailed");
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no trainable shape: fall back to the matcher as it is
        }
        return plain(fallback);
    }

    public String description() {
        return description;
    }

    public Set<String> blockingKeys(SourceRecord record) {
        return matcher.blockingKeys(record);
    }

    /** What the store keeps for a record: the prepared form when the engine has one, else the record. */
    public Object stored(SourceRecord record) {
        if (prepare == null) {
            return record;
        }
        try {
            return prepare.invokeExact(record);
        } catch (Throwable t) {
            throw new IllegalStateException("the engine failed to prepare a record", t);
        }
    }

    public boolean matches(Object incoming, Object stored) {
        if (comparePrepared == null) {
            return matcher.compare((SourceRecord) incoming, (SourceRecord) stored).isMatch();
        }
        try {
            return ((MatchResult) comparePrepared.invokeExact(incoming, stored)).isMatch();
        } catch (Throwable t) {
            throw new IllegalStateException("the engine failed to compare two records", t);
        }
    }
}
