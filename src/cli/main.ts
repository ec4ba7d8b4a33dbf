#!/usr/bin/env node
import { CommanderError } from "commander";
import { readableError } from "../readable-error";
import { watchkeeperProgram } from "./program";

watchkeeperProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    // Commander has printed its own message (a usage error, --help, --version); its exit code is the command's.
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    console.error(`watchkeeper: ${readableError(error)}`);
    process.exitCode = 1;
  });
