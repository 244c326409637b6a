package org.bastion.geography.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bastion.common.Command;
import org.bastion.common.CommandOptions;
import org.bastion.common.Commands;
import org.bastion.geography.DivisionImportReport;
import org.springframework.stereotype.Component;

/**
 * {@code import-divisions --path DIR [--code PREFIX]}: loads the NBS files from a folder; the
 * prefix limits it to a province ({@code 35}), city or county. Exit code 0 when imported, 1 when
 * any row was refused (and nothing written), 2 on a usage error. The import is recorded in the audit
 * trail as done by the operating-system user who ran the command.
 */
@Component
class ImportDivisionsCommand implements Command {

	private final DivisionImporter importer;

	ImportDivisionsCommand(DivisionImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return Commands.IMPORT_DIVISIONS;
	}

	@Override
	public String usage() {
		return """
				  --path DIR     folder with provinces/cities/areas/streets/villages .csv or .csv.gz
				  --code PREFIX  only this province (35), city (3504) or county (350424); default: all""";
	}

	@Override
	public int run(List<String> args) throws Exception {
		CommandOptions options = new CommandOptions(args);
		Path path = Path.of(options.value("path").orElse(""));
		if (!Files.isDirectory(path)) {
			System.err.println("--path must name a folder with the division files; usage:\n" + usage());
			return 2;
		}
		DivisionImportReport report = importer.importFrom(DivisionSource.folder(path), options.value("code").orElse(""),
				System.getProperty("user.name", DivisionImporter.SYSTEM));
		if (!report.ok()) {
			System.err.printf("%d bad rows, nothing imported:%n", report.errorCount());
			report.errors().forEach(e -> System.err.println("  " + e));
			return 1;
		}
		System.out.printf("divisions: %d read, %d inserted, %d updated, %d unchanged in %.1f s%n", report.read(),
				report.inserted(), report.updated(), report.unchanged(), report.millis() / 1000.0);
		return 0;
	}
}
