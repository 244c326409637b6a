package org.bastion.platform;

/** The body of a long work: runs outside the request, reports as it goes, returns where its result is. */
@FunctionalInterface
public interface Work {

	/** Does the work; an exception marks it failed, with the exception's message as the reason. */
	WorkResult run(Progress progress) throws Exception;
}
