package org.citizenhub.hub;

import java.util.Arrays;
import org.citizenhub.hub.audit.cli.AuditVerifyCommand;
import org.citizenhub.hub.cli.ResolveCommand;
import org.citizenhub.hub.security.cli.HashCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the hub: web server, store, Camel connectors and the Hazelcast member. */
@SpringBootApplication
public class CitizenHubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "resolve".equals(args[0])) {
            // the batch command: no web server, no Spring context (see org.citizenhub.hub.cli)
            System.exit(ResolveCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "audit-verify".equals(args[0])) {
            System.exit(AuditVerifyCommand.execute(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "hash-password".equals(args[0])) {
            System.exit(HashCommands.hashPassword(System.in, System.out, System.err));
        }
        if (args.length > 0 && "hash-api-key".equals(args[0])) {
            System.exit(HashCommands.hashApiKey(System.out));
        }
        SpringApplication.run(CitizenHubApplication.class, args);
    }
}
