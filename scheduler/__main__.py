from scheduler.cli import run

if __name__ == "__main__":  # not again in a spawned child process (Windows)
    run()
