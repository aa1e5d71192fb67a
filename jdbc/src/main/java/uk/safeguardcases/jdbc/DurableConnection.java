package uk.safeguardcases.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.Set;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * A connection to a {@code durable:} H2 file whose commits return only once they are on the disk, written together
 * with the commits that end beside them ({@link GroupCommit}). A proxy of H2's connection, and of its statements,
 * passing every call to them, with a wait for the file to be written after each of the ways a transaction that
 * changed something ends in a commit: {@code commit()}; {@code setAutoCommit(true)} with changes pending; a statement
 * that committed a change ({@link #execute}). Commits that do not pass through it (H2's own sessions; a session of
 * the backup command's local TCP service, {@link LocalAccess}; a connection or statement unwrapped to H2's own
 * class, which nothing in the product does) are written by the next commit that waits, or by the housekeeping within
 * a second.
 */
final class DurableConnection implements InvocationHandler {

    /** The methods a proxy answers itself ({@link #asWrapper}). */
    private static final Set<String> WRAPPER = Set.of("unwrap", "isWrapperFor", "equals", "hashCode", "toString");

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final JdbcConnection connection;
    private final SessionLocal session;
    private final GroupCommit groupCommit;
    private Connection proxy;

    private DurableConnection(JdbcConnection connection, SessionLocal session, GroupCommit groupCommit) {
        this.connection = connection;
        this.session = session;
        this.groupCommit = groupCommit;
    }

    /** {@code connection} with its commits written as group commits of its database's file. */
    static Connection of(JdbcConnection connection, SessionLocal session, GroupCommit groupCommit) {
        DurableConnection handler = new DurableConnection(connection, session, groupCommit);
        handler.proxy = (Connection) Proxy.newProxyInstance(DurableConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        return handler.proxy;
    }

    @Override
    public Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        switch (method.getName()) {
            case "commit" -> {
                boolean changed = session.hasPendingTransaction();
                connection.commit();
                if (changed) {
                    groupCommit.awaitWritten();
                }
                return null;
            }
            case "setAutoCommit" -> {
                boolean changed = (Boolean) arguments[0] && !connection.getAutoCommit()
                        && session.hasPendingTransaction();
                connection.setAutoCommit((Boolean) arguments[0]);
                if (changed) {
                    groupCommit.awaitWritten();
                }
                return null;
            }
            default -> {
                if (WRAPPER.contains(method.getName())) {
                    return asWrapper(target, connection, method, arguments);
                }
                Object result = call(method, connection, arguments);
                if (result instanceof Statement statement) {
                    return statement(statement);
                }
                return result;
            }
        }
    }

    private Statement statement(Statement statement) {
        Class<?> kind = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(DurableConnection.class.getClassLoader(), new Class<?>[] {kind},
                (target, method, arguments) -> {
                    switch (method.getName()) {
                        case "getConnection" -> {
                            return proxy;
                        }
                        default -> {
                            if (WRAPPER.contains(method.getName())) {
                                return asWrapper(target, statement, method, arguments);
                            }
                            if (!EXECUTIONS.contains(method.getName())) {
                                return call(method, statement, arguments);
                            }
                            return execute(method, statement, arguments);
                        }
                    }
                });
    }

    /**
     * Runs a statement, and waits for the file to be written if the statement committed a change. In auto-commit, any
     * statement that changed something commits it (a query too: {@code NEXT VALUE FOR}, a function,
     * {@code FINAL TABLE (INSERT …)}), seen by H2's counts of changes to data and to the schema, which count other
     * sessions' changes as well, so this may wait when it need not, never the other way. Inside a transaction, a DDL
     * statement commits what is pending with itself (the schema's count moves), and a {@code COMMIT} statement leaves
     * nothing pending; other statements leave their changes pending for the commit, and a query at the start of a
     * transaction never waits for other sessions' writes. A statement that fails after committing part of its work (a
     * batch in auto-commit) waits too, before its failure is thrown.
     */
    private Object execute(Method method, Statement statement, Object[] arguments) throws Throwable {
        Database database = session.getDatabase();
        boolean pending = !connection.getAutoCommit() && session.hasPendingTransaction();
        long data = database.getModificationDataId();
        long schema = database.getModificationMetaId();
        Throwable failure = null;
        try {
            return call(method, statement, arguments);
        } catch (Throwable e) {
            failure = e;
            throw e;
        } finally {
            boolean committed = connection.getAutoCommit()
                    ? database.getModificationDataId() != data || database.getModificationMetaId() != schema
                    : database.getModificationMetaId() != schema || pending && !session.hasPendingTransaction();
            if (committed) {
                try {
                    groupCommit.awaitWritten();
                } catch (SQLException e) {
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                }
            }
        }
    }

    /**
     * What a proxy answers itself, as a wrapper of H2's {@code wrapped} object: unwrapping to a type the proxy is gives
     * the proxy; equality and hash are the proxy's own identity.
     */
    private static Object asWrapper(Object proxy, Wrapper wrapped, Method method, Object[] arguments)
            throws SQLException {
        return switch (method.getName()) {
            case "unwrap" -> ((Class<?>) arguments[0]).isInstance(proxy) ? proxy
                    : wrapped.unwrap((Class<?>) arguments[0]);
            case "isWrapperFor" -> ((Class<?>) arguments[0]).isInstance(proxy)
                    || wrapped.isWrapperFor((Class<?>) arguments[0]);
            case "equals" -> proxy == arguments[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "durable " + wrapped; // toString
        };
    }

    private static Object call(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
