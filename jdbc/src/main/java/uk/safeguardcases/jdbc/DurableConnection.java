package uk.safeguardcases.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * A connection to a {@code durable:} H2 file whose commits return only once they are on the disk, written together
 * with the commits that end beside them ({@link GroupCommit}). It is H2's own connection, and its statements H2's
 * own, with this added after each of the ways a transaction that changed something ends in a commit:
 * {@code commit()}; {@code setAutoCommit(true)} with changes pending; and any statement run with auto-commit on
 * that changed something (by H2's count of changes). Anything else (a DDL statement's own commit inside a transaction, H2's commits of its own) is
 * written by the next commit that asks, or by the housekeeping within a second.
 */
final class DurableConnection implements InvocationHandler {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

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
            case "unwrap" -> {
                return ((Class<?>) arguments[0]).isInstance(proxy) ? proxy : connection.unwrap((Class<?>) arguments[0]);
            }
            case "isWrapperFor" -> {
                return ((Class<?>) arguments[0]).isInstance(proxy) || connection.isWrapperFor((Class<?>) arguments[0]);
            }
            case "equals" -> {
                return target == arguments[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(target);
            }
            case "toString" -> {
                return "durable " + connection;
            }
            default -> {
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
                        case "unwrap" -> {
                            Class<?> type = (Class<?>) arguments[0];
                            return type.isInstance(target) ? target : statement.unwrap(type);
                        }
                        case "isWrapperFor" -> {
                            Class<?> type = (Class<?>) arguments[0];
                            return type.isInstance(target) || statement.isWrapperFor(type);
                        }
                        case "equals" -> {
                            return target == arguments[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(target);
                        }
                        case "toString" -> {
                            return "durable " + statement;
                        }
                        default -> {
                            if (!EXECUTIONS.contains(method.getName())) {
                                return call(method, statement, arguments);
                            }
                            // In auto-commit, a statement that changed something has committed it: the database's
                            // count of changes (its own or another session's) moved.
                            long changes = session.getDatabase().getModificationDataId();
                            Object result = call(method, statement, arguments);
                            if (connection.getAutoCommit() && session.getDatabase().getModificationDataId() != changes) {
                                groupCommit.awaitWritten();
                            }
                            return result;
                        }
                    }
                });
    }

    private static Object call(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
