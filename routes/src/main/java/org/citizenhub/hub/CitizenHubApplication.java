package org.citizenhub.hub;

import java.util.Arrays;
import org.citizenhub.hub.audit.cli.AuditVerifyCommand;
import org.citizenhub.hub.cli.ResolveCommand;
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
        SpringApplication.run(CitizenHubApplication.class, args);
    }
}
