# A script runs as module __main__.
print(__name__)
if __name__ == "__main__":
    print("run as a script")
