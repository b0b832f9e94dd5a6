from deskcli.launcher import main

main()
