from deskcli.cli import main

main()
