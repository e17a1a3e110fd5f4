package org.postwatch.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The seeded demo people, as tests need them: their sign-in details from {@code demo-credentials.txt} and their
 * Postwatch identity for MockMvc requests. Force codes are GLO (Gloucestershire) and STA (Staffordshire); usernames
 * are {@code glo.handler}, {@code glo.reviewer}, {@code glo.accounts}, {@code glo.training}, {@code glo.psd},
 * {@code glo.admin}, {@code glo.inspector}, {@code glo.neighbourhood}, and the same with {@code sta.}.
 */
@Component
public class DemoUsers {

    /** A demo person's sign-in details. */
    public record Login(String force, Set<String> roles, String username, String password, String token) {}

    private final JdbcClient jdbc;
    private final Path credentials;

    DemoUsers(
            JdbcClient jdbc,
            @org.springframework.beans.factory.annotation.Value("${postwatch.data-dir}") Path dataDir) {
        this.jdbc = jdbc;
        this.credentials = dataDir.resolve("demo-credentials.txt");
    }

    public Login login(String username) {
        try {
            List<String> lines = Files.readAllLines(credentials);
            return lines.stream()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(parts -> parts[2].equals(username))
                    .map(parts -> new Login(parts[0], Set.of(parts[1].split(",")), parts[2], parts[3], parts[4]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Postwatch identity of a demo person, read from the database. */
    public PostwatchUser user(String username) {
        return Tenancy.asSystem(() -> jdbc.sql("""
                        select s.id, s.force_id, f.code, f.name, s.given_name || ' ' || s.family_name as display,
                               coalesce((select string_agg(role, ',') from identity.staff_role r where r.staff_id = s.id), '') as roles
                          from identity.local_credential c
                          join identity.staff s on s.id = c.staff_id
                          join identity.force f on f.id = s.force_id
                         where c.username = ?
                        """)
                .param(username)
                .query((rs, n) -> new PostwatchUser(
                        new StaffId(rs.getObject("id", java.util.UUID.class)),
                        new ForceId(rs.getObject("force_id", java.util.UUID.class)),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("display"),
                        username,
                        rs.getString("roles").isEmpty()
                                ? Set.of()
                                : java.util.Arrays.stream(rs.getString("roles").split(","))
                                        .map(Role::valueOf)
                                        .collect(java.util.stream.Collectors.toSet())))
                .single());
    }

    public ForceId force(String code) {
        return Tenancy.asSystem(() -> jdbc.sql("select id from identity.force where code = ?")
                .param(code)
                .query((rs, n) -> new ForceId(rs.getObject("id", java.util.UUID.class)))
                .single());
    }

    /** Signs a MockMvc request in as this demo person. */
    public RequestPostProcessor as(String username) {
        return as(user(username));
    }

    public static RequestPostProcessor as(PostwatchUser user) {
        var authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }
}
