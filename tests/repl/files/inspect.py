greeting = "hello from the script"
