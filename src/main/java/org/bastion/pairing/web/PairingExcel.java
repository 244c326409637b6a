package org.bastion.pairing.web;

import java.util.Arrays;
import java.util.List;

import org.bastion.common.PageRequest;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.excel.XlsxColumn;
import org.bastion.common.excel.XlsxExportWriter;
import org.bastion.pairing.PairingKind;
import org.bastion.pairing.PairingStatus;
import org.bastion.pairing.PairingView;
import org.bastion.pairing.internal.PairingManagement;
import org.bastion.platform.FileExport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A kind's pairings as filtered on its list, as an Excel export streamed from the database (audited). */
@Component
class PairingExcel {

	private final PairingManagement pairings;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	PairingExcel(PairingManagement pairings, MessageSource messages, ApplicationEventPublisher events) {
		this.pairings = pairings;
		this.messages = messages;
		this.events = events;
	}

	FileExport export(PairingKind k, PairingStatus status, String name, String division) {
		long rows = pairings.search(k, status, name, division, new PageRequest(0, 1)).total();
		String title = text("pairing.kind." + k.name());
		return new FileExport("pairing.export." + k.slug(), title + ".xlsx", rows, (out, written) -> {
			try (XlsxExportWriter writer = XlsxExportWriter.open(out, title, columns(k)).reporting(written)) {
				pairings.forEachMatching(k, status, name, division, chunk -> writer.rows(chunk.stream(), this::row));
				events.publishEvent(AuditEvent.exported("pairing",
						k + " " + (division == null ? "" : division) + ": " + writer.dataRows() + " rows"));
			}
		});
	}

	private List<XlsxColumn> columns(PairingKind k) {
		return List.of(XlsxColumn.text(text("pairing.left." + k.name())), XlsxColumn.text(text("pairing.right." + k.name())),
				XlsxColumn.text(text("pairing.division")), XlsxColumn.text(text("pairing.linkType")),
				XlsxColumn.date(text("pairing.startsOn")), XlsxColumn.date(text("pairing.endsOn")),
				XlsxColumn.text(text("pairing.status")), XlsxColumn.text(text("pairing.endReason")),
				XlsxColumn.text(text("pairing.explanation")));
	}

	private List<Object> row(PairingView p) {
		return Arrays.asList(p.leftName(), p.rightName(), p.rightDivision(),
				p.linkType() == null ? null : text("pairing.linkType." + p.linkType()), p.startsOn(), p.endsOn(),
				text("pairing.status." + p.status()), p.endReason(), p.explanation());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
