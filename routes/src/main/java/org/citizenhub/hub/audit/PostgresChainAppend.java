package org.citizenhub.hub.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * On PostgreSQL, a batch of signed entries goes in with one statement in its own transaction: one round trip
 * where the portable way (move the head, insert the batch, commit) takes three. Every profile read waits for
 * its audit entry to commit, so the round trips of this one writer are on every caller's path.
 * <p>
 * The statement moves the chain head only if it still is the head the writer remembers (the UPDATE locks the
 * row, and after waiting for another member re-checks it on that member's committed row), and inserts the
 * entries, and the rows of the blocks they open, only if the head moved. So it writes all or nothing:
 * nothing when another member wrote since, and the writer then takes the portable way, which reads the head
 * under lock. The entries come as one array per column ({@code unnest}), so the statement's text is the same
 * for every batch size and is prepared once per connection.
 */
final class PostgresChainAppend {

    private static final String APPEND = """
            WITH moved AS (
                UPDATE audit_chain_head SET last_seq = ?, last_hash = ?
                 WHERE id = 1 AND last_seq = ? AND last_hash = ?
                RETURNING id),
            opened AS (
                INSERT INTO audit_block (block)
                SELECT block FROM unnest(?::int8[]) AS opened(block) WHERE EXISTS (SELECT 1 FROM moved)
                ON CONFLICT (block) DO NOTHING)
            INSERT INTO audit_event (seq, seq_block, at, actor, actor_role, action, citizen_id, purpose, outcome, detail, prev_hash, hash)
            SELECT e.seq, e.seq_block, e.at::timestamptz, e.actor, e.actor_role, e.action, e.citizen_id, e.purpose,
                   e.outcome, e.detail, e.prev_hash, e.hash
              FROM unnest(?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[])
                   AS e(seq, seq_block, at, actor, actor_role, action, citizen_id, purpose, outcome, detail, prev_hash, hash)
             WHERE EXISTS (SELECT 1 FROM moved)""";

    private final DataSource dataSource;
    private final long seqsPerBlock;
    private final SQLExceptionTranslator errors;

    private PostgresChainAppend(DataSource dataSource, long seqsPerBlock) {
        this.dataSource = dataSource;
        this.seqsPerBlock = seqsPerBlock;
        this.errors = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /**
     * The one-statement append when the database (its JDBC product name) is PostgreSQL; empty on any other (H2
     * has no writing WITH).
     */
    static Optional<PostgresChainAppend> forDatabase(DataSource dataSource, String databaseProduct, long seqsPerBlock) {
        return "PostgreSQL".equals(databaseProduct)
                ? Optional.of(new PostgresChainAppend(dataSource, seqsPerBlock))
                : Optional.empty();
    }

    /**
     * Appends the entries, signed after {@code head}, with the rows of {@code openedBlocks}, and moves the head
     * to the last entry: committed when this returns true. False, with nothing written, when the head is no
     * longer {@code head}. Its own connection and transaction, whatever transaction the calling thread is in.
     */
    boolean append(List<AuditEntry> entries, AuditRows.Head head, long[] openedBlocks) {
        AuditEntry last = entries.get(entries.size() - 1);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
                statement.setLong(1, last.seq());
                statement.setString(2, last.hash());
                statement.setLong(3, head.seq());
                statement.setString(4, head.hash());
                statement.setArray(5, connection.createArrayOf("int8", boxed(openedBlocks)));
                int column = 6;
                statement.setArray(column++, longs(connection, entries, AuditEntry::seq));
                statement.setArray(column++, longs(connection, entries, entry -> entry.seq() / seqsPerBlock));
                statement.setArray(column++, texts(connection, entries, entry -> entry.at().toString()));
                statement.setArray(column++, texts(connection, entries, AuditEntry::actor));
                statement.setArray(column++, texts(connection, entries, AuditEntry::actorRole));
                statement.setArray(column++, texts(connection, entries, AuditEntry::action));
                statement.setArray(column++, texts(connection, entries, AuditEntry::citizenId));
                statement.setArray(column++, texts(connection, entries, AuditEntry::purpose));
                statement.setArray(column++, texts(connection, entries, AuditEntry::outcome));
                statement.setArray(column++, texts(connection, entries, AuditEntry::detail));
                statement.setArray(column++, texts(connection, entries, AuditEntry::prevHash));
                statement.setArray(column, texts(connection, entries, AuditEntry::hash));
                int inserted = statement.executeUpdate();
                if (!autoCommit) {
                    connection.commit();
                }
                return inserted == entries.size();
            } catch (SQLException | RuntimeException e) {
                if (!autoCommit) {
                    connection.rollback();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    private RuntimeException translated(SQLException e) {
        RuntimeException translated = errors.translate("audit append", APPEND, e);
        return translated != null ? translated : new IllegalStateException("the audit append failed", e);
    }

    private static Long[] boxed(long[] values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static Array longs(Connection connection, List<AuditEntry> entries, Function<AuditEntry, Long> column)
            throws SQLException {
        return connection.createArrayOf("int8", entries.stream().map(column).toArray(Long[]::new));
    }

    private static Array texts(Connection connection, List<AuditEntry> entries, Function<AuditEntry, String> column)
            throws SQLException {
        return connection.createArrayOf("text", entries.stream().map(column).toArray(String[]::new));
    }
}
