import SiaCLI

SiaMain.main()
