package uk.safeguardcases.infrastructure.persistence.leaving;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables that hold a board's rows, read from the database's own description of itself (JDBC metadata), never
 * from a list: a table added by a later migration is found the day it exists. A board's rows are
 * <ul>
 * <li>those of every table with a {@code tenant_id} column (the engine's spell it {@code TENANT_ID_}), or with a
 * foreign key to {@code board};</li>
 * <li>those of a table without one whose foreign key leads to a board's row (a person's roles, a policy version's
 * clauses), however many steps away;</li>
 * <li>and the board's own row, which goes last.</li>
 * </ul>
 * {@link #find} answers them in an order that respects every foreign key between them: a table comes before every
 * table it refers to, so deleting in that order never leaves a row pointing at a removed one.
 */
public final class BoardTables {

    private static final String BOARD = "board";

    /**
     * One table holding board rows.
     *
     * @param name its name as the database spells it
     * @param boardColumn the column holding the board's id, or null for a table reached through {@code parent}
     * @param parent the foreign key that leads to a board's row, for a table without a board column
     * @param columns every column, in the table's order, as the database spells them
     * @param binaryColumns the columns holding bytes (files)
     * @param primaryKey the primary key's columns, in order (empty when it has none)
     * @param selfReferences nullable columns referring to the same table (cleared before its rows are deleted)
     */
    public record Table(String name, String boardColumn, Parent parent, List<String> columns,
            List<String> binaryColumns, List<String> primaryKey, List<String> selfReferences) {

        /** Its name in lower case, as the certificate and the export name it. */
        public String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        /** The process engine's own (its tables are named {@code ACT_…}). */
        public boolean engine() {
            return key().startsWith("act_");
        }

        /** Whether it has column {@code column} (any case). */
        public boolean has(String column) {
            return columns.stream().anyMatch(c -> c.equalsIgnoreCase(column));
        }

        /** The condition selecting the board's rows, with exactly one parameter: the board's id. */
        public String boardRows() {
            return boardColumn != null ? boardColumn + " = ?"
                    : parent.column() + " in (select " + parent.key() + " from " + parent.table().name() + " where "
                            + parent.table().boardRows() + ")";
        }
    }

    /** A foreign key from {@code column} to {@code table}'s {@code key}. */
    public record Parent(String column, Table table, String key) {
    }

    private BoardTables() {
    }

    /** Every table holding board rows (not {@code board} itself), in an order safe for deleting. */
    public static List<Table> find(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, String> names = new TreeMap<>();
        try (ResultSet tables = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                names.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        Map<String, List<Column>> columns = new HashMap<>();
        Map<String, List<ForeignKey>> keys = new HashMap<>();
        Map<String, List<String>> primaryKeys = new HashMap<>();
        for (Map.Entry<String, String> table : names.entrySet()) {
            columns.put(table.getKey(), columns(meta, catalog, schema, table.getValue()));
            keys.put(table.getKey(), foreignKeys(meta, catalog, schema, table.getValue()));
            primaryKeys.put(table.getKey(), primaryKey(meta, catalog, schema, table.getValue()));
        }

        Map<String, Table> found = new LinkedHashMap<>();
        for (String table : names.keySet()) {
            if (table.equals(BOARD)) {
                continue;
            }
            String boardColumn = columns.get(table).stream().map(Column::name)
                    .filter(c -> c.equalsIgnoreCase("tenant_id") || c.equalsIgnoreCase("tenant_id_")).findFirst()
                    .orElseGet(() -> keys.get(table).stream().filter(k -> k.table().equals(BOARD))
                            .map(ForeignKey::column).findFirst().orElse(null));
            if (boardColumn != null) {
                found.put(table, table(names.get(table), boardColumn, null, columns, keys, primaryKeys));
            }
        }
        // Tables reached through a parent's foreign key, step by step until no more are found.
        boolean more = true;
        while (more) {
            more = false;
            for (String table : names.keySet()) {
                if (table.equals(BOARD) || found.containsKey(table)) {
                    continue;
                }
                for (ForeignKey key : keys.get(table)) {
                    Table parent = found.get(key.table());
                    if (parent != null) {
                        found.put(table, table(names.get(table), null, new Parent(key.column(), parent,
                                key.referenced()), columns, keys, primaryKeys));
                        more = true;
                        break;
                    }
                }
            }
        }
        return deletionOrder(found, keys);
    }

    /** A table before every table it refers to; a cycle between tables (other than to itself) is refused. */
    private static List<Table> deletionOrder(Map<String, Table> tables, Map<String, List<ForeignKey>> keys) {
        Map<String, Set<String>> referredToBy = new HashMap<>();
        tables.keySet().forEach(t -> referredToBy.put(t, new LinkedHashSet<>()));
        for (String table : tables.keySet()) {
            for (ForeignKey key : keys.get(table)) {
                if (!key.table().equals(table) && tables.containsKey(key.table())) {
                    referredToBy.get(key.table()).add(table);
                }
            }
        }
        List<Table> order = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(tables.keySet());
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> referredToBy.get(t).stream().noneMatch(left::contains))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "The board's tables refer to each other in a circle: " + left));
            order.add(tables.get(next));
            left.remove(next);
        }
        return order;
    }

    private static Table table(String name, String boardColumn, Parent parent, Map<String, List<Column>> columns,
            Map<String, List<ForeignKey>> keys, Map<String, List<String>> primaryKeys) {
        String key = name.toLowerCase(Locale.ROOT);
        List<Column> own = columns.get(key);
        List<String> selfReferences = keys.get(key).stream().filter(k -> k.table().equals(key))
                .map(ForeignKey::column)
                .filter(c -> own.stream().anyMatch(o -> o.name().equals(c) && o.nullable())).toList();
        return new Table(name, boardColumn, parent, own.stream().map(Column::name).toList(),
                own.stream().filter(Column::binary).map(Column::name).toList(), primaryKeys.get(key), selfReferences);
    }

    private record Column(String name, boolean binary, boolean nullable) {
    }

    /** A single-column foreign key: {@code column} refers to {@code table}'s (lower case) {@code referenced}. */
    private record ForeignKey(String column, String table, String referenced) {
    }

    private static List<Column> columns(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = meta.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                int type = rows.getInt("DATA_TYPE");
                columns.add(new Column(rows.getString("COLUMN_NAME"), type == Types.BINARY || type == Types.VARBINARY
                        || type == Types.LONGVARBINARY || type == Types.BLOB,
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return columns;
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<String, List<ForeignKey>> byName = new LinkedHashMap<>();
        try (ResultSet rows = meta.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                String name = rows.getString("FK_NAME");
                byName.computeIfAbsent(name == null ? "fk" + byName.size() : name, n -> new ArrayList<>())
                        .add(new ForeignKey(rows.getString("FKCOLUMN_NAME"),
                                rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                                rows.getString("PKCOLUMN_NAME")));
            }
        }
        // A key of several columns does not say which board a row is of by one column; none of ours has one.
        return byName.values().stream().filter(parts -> parts.size() == 1).map(parts -> parts.get(0)).toList();
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }
}
