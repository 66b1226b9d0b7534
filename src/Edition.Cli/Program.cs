return Edition.Cli.EditionCli.Run(args);
