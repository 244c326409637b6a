package org.bastion.platform.internal;

import java.io.IOException;

import org.bastion.common.security.SignedIn;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** After a change by a signed-in user (any request but GET and HEAD), their to-dos are asked again. */
@Component
class ToDosForgetFilter extends OncePerRequestFilter {

	private final ToDos toDos;

	ToDosForgetFilter(ToDos toDos) {
		this.toDos = toDos;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				SignedIn.authentication().ifPresent(a -> toDos.forget(a.getName()));
			}
		}
	}
}
