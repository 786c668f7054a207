using AgentSupport.Workbench.Cli;

// Commands are listed in WorkbenchCli.CreateRootCommand; Ctrl+C cancels the running command.
return await WorkbenchCli.InvokeAsync(args, Console.Out, Console.Error);
