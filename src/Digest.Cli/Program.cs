using Digest.Cli;

return DigestCommand.Run(args, Console.Out, Console.Error);
