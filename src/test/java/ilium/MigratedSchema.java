package ilium;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema the migrations build, described from PostgreSQL's own catalogs as plain text
 * (db/README.md): extensions, types, tables with their columns, constraints, indexes and
 * triggers, views, sequences and functions of schema {@code public}, each group sorted by
 * name in the "C" collation so that the text depends on the migrations and the server's
 * {@code pg_get_*} functions only. No pg_dump: the server on CI may be newer than a local
 * pg_dump, or there may be none. Owners, grants and rows (even Flyway's history) are left
 * out; role and database names, which are random per test database, are replaced.
 */
final class MigratedSchema {

	private static final String IN_PUBLIC = "(select n.oid from pg_namespace n where n.nspname = 'public')";

	/**
	 * Objects an extension brings (pg_trgm's functions, say) are the extension's, not
	 * ours.
	 */
	private static final String NOT_FROM_AN_EXTENSION = """
			not exists (select from pg_depend d
			             where d.classid = '%s'::regclass and d.objid = %s and d.deptype = 'e')""";

	private final JdbcClient jdbc;

	MigratedSchema(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The description, with the role names and the database's name replaced. */
	String describe(String runtimeRole) {
		StringBuilder text = new StringBuilder("""
				-- The schema db/migration builds, as SchemaDumpTests reads it from PostgreSQL's catalogs.
				-- Generated: never edit by hand. After changing a migration run SchemaDumpTests, then
				--   cp target/schema.sql db/schema.sql
				""");
		section(text, "extensions", list("""
				select e.extname from pg_extension e where e.extname <> 'plpgsql' order by e.extname collate "C"
				"""));
		section(text, "types",
				list("""
						select t.typname || ' ' || case t.typtype
						         when 'c' then '(' || (select string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod),
						                                                 ', ' order by a.attnum)
						                                 from pg_attribute a where a.attrelid = t.typrelid and not a.attisdropped) || ')'
						         when 'r' then 'range of ' || (select format_type(r.rngsubtype, null) from pg_range r where r.rngtypid = t.oid)
						         when 'e' then 'enum (' || (select string_agg(quote_literal(l.enumlabel), ', ' order by l.enumsortorder)
						                                      from pg_enum l where l.enumtypid = t.oid) || ')'
						         when 'd' then 'domain of ' || format_type(t.typbasetype, t.typtypmod)
						         else 'type ' || t.typtype::text end
						  from pg_type t
						 where t.typnamespace = %s and t.typtype in ('c', 'r', 'e', 'd')
						   and (t.typrelid = 0 or (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c')
						   and %s
						 order by t.typname collate "C"
						"""
					.formatted(IN_PUBLIC, NOT_FROM_AN_EXTENSION.formatted("pg_type", "t.oid"))));
		for (String table : list("""
				select c.relname from pg_class c where c.relnamespace = %s and c.relkind in ('r', 'p')
				 order by c.relname collate "C"
				""".formatted(IN_PUBLIC))) {
			table(text, table);
		}
		// A view's columns, not its text: PostgreSQL 16 and later print view definitions
		// differently (unqualified column names), and the tests run on 15 (CI) as well as
		// on the embedded 17. The definitions are in db/migration/R__reporting_views.sql.
		section(text, "views (their columns)",
				list("""
						select c.relname || E'\n' || string_agg('    ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod),
						                                      E'\n' order by a.attnum)
						  from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
						 where c.relnamespace = %s and c.relkind in ('v', 'm')
						 group by c.relname order by c.relname collate "C"
						"""
					.formatted(IN_PUBLIC)));
		section(text, "sequences (identity columns' own are left out)",
				list("""
						select c.relname || ' ' || format_type(s.seqtypid, null) from pg_class c join pg_sequence s on s.seqrelid = c.oid
						 where c.relnamespace = %s and c.relkind = 'S'
						   and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'i')
						 order by c.relname collate "C"
						"""
					.formatted(IN_PUBLIC)));
		section(text, "functions", list("""
				select pg_get_functiondef(p.oid) from pg_proc p
				 where p.pronamespace = %s and p.prokind in ('f', 'p') and %s
				 order by p.proname collate "C", pg_get_function_identity_arguments(p.oid) collate "C"
				""".formatted(IN_PUBLIC, NOT_FROM_AN_EXTENSION.formatted("pg_proc", "p.oid"))));
		String database = jdbc.sql("select current_database()").query(String.class).single();
		String owner = jdbc.sql("select current_user").query(String.class).single();
		// The runtime role is named after the owner, so it goes first.
		return text.toString()
			.replace(runtimeRole, "<runtime_role>")
			.replace(owner, "<owner>")
			.replace(database, "<database>");
	}

	private void table(StringBuilder text, String table) {
		List<String> lines = new ArrayList<>(
				list("""
						select a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
						       || case when a.attnotnull then ' not null' else '' end
						       || case a.attidentity when 'a' then ' generated always as identity'
						                             when 'd' then ' generated by default as identity' else '' end
						       || coalesce(case a.attgenerated when 's' then ' generated always as (' || pg_get_expr(d.adbin, d.adrelid) || ') stored' end,
						                   ' default ' || pg_get_expr(d.adbin, d.adrelid), '')
						  from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
						 where a.attrelid = to_regclass('public.' || quote_ident(:table)) and a.attnum > 0 and not a.attisdropped
						 order by a.attnum
						""",
						table));
		// Not-null constraints (rows of pg_constraint from PostgreSQL 18 on) are told by
		// the columns.
		lines.addAll(list("""
				select 'constraint ' || c.conname::text || ' ' || pg_get_constraintdef(c.oid) from pg_constraint c
				 where c.conrelid = to_regclass('public.' || quote_ident(:table)) and c.contype <> 'n'
				 order by c.conname collate "C"
				""", table));
		lines.addAll(list("""
				select pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid
				 where i.indrelid = to_regclass('public.' || quote_ident(:table)) order by c.relname collate "C"
				""", table));
		lines.addAll(list("""
				select pg_get_triggerdef(t.oid, true) from pg_trigger t
				 where t.tgrelid = to_regclass('public.' || quote_ident(:table)) and not t.tgisinternal
				 order by t.tgname collate "C"
				""", table));
		section(text, "table " + table, lines.stream().map(line -> "  " + line).toList());
	}

	private static void section(StringBuilder text, String heading, List<String> lines) {
		text.append("\n-- ").append(heading).append('\n');
		lines.forEach(line -> text.append(line.stripTrailing()).append('\n'));
	}

	private List<String> list(String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}

	private List<String> list(String sql, String table) {
		return jdbc.sql(sql).param("table", table).query(String.class).list();
	}

}
