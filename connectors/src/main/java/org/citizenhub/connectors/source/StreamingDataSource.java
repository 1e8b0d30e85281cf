package org.citizenhub.connectors.source;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that stream query results in batches of {@link #FETCH_SIZE} rows. Drivers such as
 * PostgreSQL's read the whole result into memory unless a fetch size is set outside auto-commit; an agency
 * table can have millions of rows. Connector queries only read, so the open transaction is never committed.
 */
final class StreamingDataSource extends DelegatingDataSource {

    static final int FETCH_SIZE = 500;

    StreamingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return streaming(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return streaming(super.getConnection(username, password));
    }

    private static Connection streaming(Connection target) throws SQLException {
        target.setAutoCommit(false);
        return (Connection) Proxy.newProxyInstance(StreamingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    try {
                        Object result = method.invoke(target, args);
                        if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                            statement.setFetchSize(FETCH_SIZE);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
