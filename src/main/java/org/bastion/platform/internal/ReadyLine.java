package org.bastion.platform.internal;

import java.util.List;
import java.util.Optional;

import org.bastion.platform.SignInHint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The last line of a start: the application is ready, at which address, and whom to sign in as. */
@Component
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

	private final ObjectProvider<SignInHint> hints;
	private final String address;
	private final String contextPath;

	ReadyLine(ObjectProvider<SignInHint> hints, @Value("${server.address:localhost}") String address,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.hints = hints;
		this.address = address;
		this.contextPath = contextPath;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		log.info(line(web.getWebServer().getPort(), hints.orderedStream().map(SignInHint::signInHint)
			.flatMap(Optional::stream).toList()));
	}

	String line(int port, List<String> signIns) {
		String host = address.isBlank() || "0.0.0.0".equals(address) ? "localhost" : address;
		String url = "http://" + host + ":" + port + contextPath + "/";
		return "Bastion is ready at " + url + (signIns.isEmpty() ? "" : " - sign in as " + String.join(", or ", signIns));
	}
}
