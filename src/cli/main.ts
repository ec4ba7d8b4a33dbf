#!/usr/bin/env node
import { watchkeeperProgram } from "./program";

watchkeeperProgram()
  .parseAsync(process.argv)
  .catch((error: Error) => {
    console.error(`watchkeeper: ${error.message}`);
    process.exitCode = 1;
  });
