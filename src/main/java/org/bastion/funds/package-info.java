/**
 * Funds (资金台账): the money ledger every program writes its payments to — assistance funds delivered
 * through pairings, allowances, bonuses, dues, the value of help given — each entry with its amount,
 * purpose, payer and payee, day, village and the record it belongs to. Other modules enter and read
 * entries through {@link org.bastion.funds.Funds}; the ledger never reads the records entries belong to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funds",
		allowedDependencies = {"geography", "organization", "platform", "indicators"})
package org.bastion.funds;
