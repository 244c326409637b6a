package org.bastion.calendar.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.bastion.calendar.OfficialDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the shipped 2025–2026 holidays and make-up days into an empty calendar; later years are entered by administrators. */
@Component
@Profile("!command")
@Order(1)
class BundledOfficialDays implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledOfficialDays.class);

	private final OfficialDayRepository days;

	BundledOfficialDays(OfficialDayRepository days) {
		this.days = days;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws Exception {
		if (days.count() > 0) {
			return;
		}
		int loaded = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("calendar/cn-official-days.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", 3);
				days.save(new OfficialDay(LocalDate.parse(cells[0]), OfficialDay.Kind.valueOf(cells[1].strip().toUpperCase()),
						cells[2].strip()));
				loaded++;
			}
		}
		log.info("Loaded {} official holidays and make-up working days", loaded);
	}
}
