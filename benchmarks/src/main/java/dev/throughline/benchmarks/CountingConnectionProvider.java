package dev.throughline.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.engine.jdbc.connections.internal.DriverManagerConnectionProvider;

/**
 * Hibernate's built-in pool, with every connection wrapped so that statement executions are
 * counted: each {@code execute}, {@code executeQuery}, {@code executeUpdate} and
 * {@code executeBatch} is one round trip to the database, and {@code addBatch} counts the rows a
 * batch carries. Connections are wrapped only while {@link #enabled} (the counting pass): while
 * JMH measures, the pool hands out the driver's own connections.
 */
public class CountingConnectionProvider extends DriverManagerConnectionProvider {

  private static final long serialVersionUID = 1L;

  static volatile boolean enabled;
  static final AtomicLong EXECUTIONS = new AtomicLong();
  static final AtomicLong BATCHED_ROWS = new AtomicLong();

  static void reset() {
    EXECUTIONS.set(0);
    BATCHED_ROWS.set(0);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = super.getConnection();
    if (!enabled) {
      return connection;
    }
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        new ConnectionHandler(connection));
  }

  @Override
  public void closeConnection(Connection connection) throws SQLException {
    if (Proxy.isProxyClass(connection.getClass())
        && Proxy.getInvocationHandler(connection) instanceof ConnectionHandler handler) {
      connection = handler.connection;
    }
    super.closeConnection(connection);
  }

  private record ConnectionHandler(Connection connection) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Object result = call(connection, method, args);
      if (result instanceof CallableStatement statement) {
        return wrap(CallableStatement.class, statement);
      }
      if (result instanceof PreparedStatement statement) {
        return wrap(PreparedStatement.class, statement);
      }
      if (result instanceof Statement statement && method.getName().equals("createStatement")) {
        return wrap(Statement.class, statement);
      }
      return result;
    }
  }

  private static Object wrap(Class<? extends Statement> type, Statement statement) {
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      String name = method.getName();
      if (name.startsWith("execute")) {
        EXECUTIONS.incrementAndGet();
      } else if (name.equals("addBatch")) {
        BATCHED_ROWS.incrementAndGet();
      }
      return call(statement, method, args);
    });
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
